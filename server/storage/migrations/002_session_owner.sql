-- Who created a session: only that profile may resume it after a restart.
ALTER TABLE sessions ADD COLUMN owner_profile text REFERENCES profiles (id);
