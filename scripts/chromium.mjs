// How every tool here launches Debian's Chromium: the end-to-end tests and the benchmark.
// The flags keep Chromium from reaching out on its own, so the tests can check that nothing
// leaves the page.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];
