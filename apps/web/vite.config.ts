import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web dashboard: built into dist/web, served by the API process at / (every asset local). */
export default defineConfig({
  root,
  base: '/',
  // chart options shared with the server's e-mail charts
  resolve: { alias: { '@app/charts': fileURLToPath(new URL('../../libs/charts/src/index.ts', import.meta.url)) } },
  // Element Plus on demand (ADR 0010): each <el-*> a page uses is imported with its CSS by that page's chunk, never the whole library
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    // dist/web/.vite/manifest.json: which chunks a page loads (npm run size:web); dot-files are never served
    manifest: true,
    // no module preload polyfill: it would be an inline script, which the CSP (script-src 'self') forbids
    modulePreload: { polyfill: false },
    rollupOptions: { output: { manualChunks: { echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'] } } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
  // history routing: the dev server answers index.html for deep links, as the API process does
});
