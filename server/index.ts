// Entry point of `npm start`: one process serving the game server and the client on PORT.
import { listen } from '@colyseus/tools';
import appConfig from './app.config.ts';

const port = Number(process.env.PORT ?? 2567);
await listen(appConfig, port);
