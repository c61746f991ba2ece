// Placeholder for root commands whose packages have not landed yet: says so clearly and fails.
const command = process.argv[2] ?? 'this command';
const issue = {
  start: 'the server (issue 4)',
  bench: 'the benchmarks (issue 7)',
  simulate: 'the simulation (issue 3)',
}[command];
console.error(`pnpm ${command}: not built yet — it arrives with ${issue ?? 'a later issue'}.`);
process.exit(1);
