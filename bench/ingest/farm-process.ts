// The fixture farm in a process of its own (so its work does not count against the workers):
// usage: tsx bench/ingest/farm-process.ts FEEDS ITEMS HOSTS MIN_MS MAX_MS
// Prints {"ports":[…]} on one line when listening; stops on SIGTERM and prints what it served.
import { startFarm } from './farm-server.ts';

const [feeds, items, hosts, minMs, maxMs] = process.argv.slice(2).map(Number);
const farm = await startFarm({ feeds: feeds!, items: items!, hosts: hosts! }, { minMs: minMs!, maxMs: maxMs! });
process.stdout.write(JSON.stringify({ ports: farm.ports }) + '\n');
process.once('SIGTERM', () => {
  process.stdout.write(JSON.stringify({ served: farm.served, max_rss_kb: process.resourceUsage().maxRSS }) + '\n');
  void farm.close().then(() => process.exit(0));
});
