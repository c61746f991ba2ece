#!/usr/bin/env node
import { runAsProcess } from '@nongsan/simulation/cli';
import { connectLiveMarket } from './live-market.ts';

/**
 * `pnpm simulate`: the simulation's CLI, with `--live <url>` running its agents against a running server through
 * the API. It starts here, not in the simulation package, so the simulation needs neither the API's types nor a client.
 */
runAsProcess({ liveMarket: connectLiveMarket });
