import { onBeforeUnmount, ref } from 'vue';

/** Whether a CSS media query matches now, following changes (a phone turned, a window resized). */
export function useMedia(query: string) {
  const list = window.matchMedia(query);
  const matches = ref(list.matches);
  const follow = (e: MediaQueryListEvent) => { matches.value = e.matches; };
  list.addEventListener('change', follow);
  onBeforeUnmount(() => list.removeEventListener('change', follow));
  return matches;
}

/** Phone width: the layout the styles switch at (styles.css, 700 px). */
export const usePhone = () => useMedia('(max-width: 700px)');
