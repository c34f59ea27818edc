/**
 * The yardstick for the lab API's speed: a plain Express app with the real `cors` middleware,
 * configured from the playground's initial policy exactly as the Express export would, serving the
 * lab's `GET /data`. Run as its own process: `tsx benchExpressCors.ts <port> <allowed origin>`.
 */
import cors from 'cors';
import express from 'express';
import { policyParse } from '@cors-playground/engine';
import { expressCorsArgument } from '@cors-playground/production/testing';

const [port = '0', origin = 'http://localhost:5173'] = process.argv.slice(2);
const parsed = policyParse({ origin: { mode: 'list', allow: [origin] }, credentials: true });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

const app = express();
app.disable('x-powered-by');
app.disable('etag');
// The policy has no per-path rules, so the argument is a plain options object.
app.use(cors(expressCorsArgument(parsed.policy) as cors.CorsOptions));
app.get('/data', (req, res) => {
  res.set('cache-control', 'no-store').json({ message: 'Hello from the lab API', method: req.method });
});
app.listen(Number(port), '127.0.0.1');
