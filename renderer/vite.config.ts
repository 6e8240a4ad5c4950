import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));

// Two entries sharing the call module: the kiosk app and the parent page.
export default defineConfig({
  root,
  // Absolute: the parent page lives at /p/<token>, the kiosk at app://kiosk/.
  base: '/',
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    // The server reads it to put hashed picture URLs into the pages it renders (the parent's first screen).
    manifest: true,
    emptyOutDir: true,
    // The parent page budget (200 KB gzipped) is tracked by `npm run bench`, not by this warning.
    chunkSizeWarningLimit: 800,
    target: ['es2020', 'chrome80', 'safari14'],
    // Pictures as files, not data URLs inside the scripts: the parent page shows one
    // avatar and should not download all of them before the child's name appears.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        kiosk: fileURLToPath(new URL('kiosk.html', import.meta.url)),
        parent: fileURLToPath(new URL('parent.html', import.meta.url)),
      },
    },
  },
});
