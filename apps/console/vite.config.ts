import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The service (npm start) answers the REST API under /api and the AWS protocol at POST /.
const service = process.env.DURASTEP_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: {
    proxy: {
      '/api': service,
      '/docs': service,
      // POST / is the AWS JSON protocol (ValidateStateMachineDefinition); GET / stays Vite's.
      '^/$': { target: service, bypass: (req) => (req.method === 'POST' ? undefined : req.url) },
    },
  },
  test: {
    include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
    environment: 'node',
    reporters: ['default'],
  },
});
