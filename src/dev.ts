// `npm run dev`: Kindred for a developer. `node --watch` restarts it when a TypeScript file it
// loaded changes, and templates are recompiled on every request (KINDRED_WATCH, unless set).
process.env.KINDRED_WATCH ??= 'true';
await import('./server.ts');
