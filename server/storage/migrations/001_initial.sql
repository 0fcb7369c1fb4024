-- The first schema of the game store: profiles and their progress per scenario, sessions with
-- their seed and ordered command log (enough to replay a game bit-exactly), results, the
-- players of each finished game and its incident timings. Runs on PGlite and PostgreSQL alike.

CREATE TABLE profiles (
  id           text PRIMARY KEY,
  -- SHA-256 of the player's local token (hex); the token itself is never stored.
  token_hash   text NOT NULL UNIQUE,
  nickname     text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE progress (
  profile_id text NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  scenario   text NOT NULL,
  best_stars integer NOT NULL,
  best_score integer NOT NULL,
  wins       integer NOT NULL,
  plays      integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (profile_id, scenario)
);

CREATE TABLE sessions (
  id         text PRIMARY KEY,
  mode       text NOT NULL CHECK (mode IN ('solo', 'team')),
  scenario   text NOT NULL,
  seed       bigint NOT NULL,
  code       text NOT NULL,
  status     text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ended', 'abandoned')),
  -- The checkpoint: the last tick the game reached and the state hash there.
  last_tick  integer NOT NULL DEFAULT 0,
  last_hash  text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sessions_running_idx ON sessions (created_at) WHERE status = 'running';

CREATE TABLE session_commands (
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq        integer NOT NULL,
  tick       integer NOT NULL,
  actor_id   text NOT NULL,
  actor_name text NOT NULL,
  role       text NOT NULL,
  lang       text NOT NULL CHECK (lang IN ('en', 'ko')),
  line       text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('command', 'annotation', 'session', 'system')),
  PRIMARY KEY (session_id, seq)
);

CREATE TABLE session_results (
  session_id  text PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  tick        integer NOT NULL,
  won         boolean NOT NULL,
  stars       integer NOT NULL,
  score       integer NOT NULL,
  final_hash  text NOT NULL,
  breakdown   jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE session_players (
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seat       text NOT NULL,
  profile_id text REFERENCES profiles (id) ON DELETE SET NULL,
  name       text NOT NULL,
  role       text NOT NULL,
  PRIMARY KEY (session_id, seat)
);

CREATE TABLE incident_timings (
  session_id    text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  incident_id   text NOT NULL,
  kind          text NOT NULL,
  target        text NOT NULL,
  -- Ticks; -1 where the incident was never detected or resolved.
  opened_tick   integer NOT NULL,
  detected_tick integer NOT NULL,
  resolved_tick integer NOT NULL,
  PRIMARY KEY (session_id, incident_id)
);
