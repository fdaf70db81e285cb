import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import './styles.css';

// bookmarks of the hash-routed app (/#/alerts) open the same view at its own path (/alerts)
if (window.location.hash.startsWith('#/')) window.history.replaceState(null, '', window.location.hash.slice(1));

createApp(App).use(router).mount('#app');
