/** Colours as hex so that an exported SVG reads the same in every tool; the page's dark mode overrides by class. */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  controlled: string;
  controlledFill: string;
  notify: string;
  notifyFill: string;
  outside: string;
  accent: string;
}

export type ThemeName = 'light' | 'dark';

export const palettes: Record<ThemeName, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#595959',
    grid: '#d9d9d9',
    controlled: '#b3261e',
    controlledFill: '#f9dedc',
    notify: '#8a5a00',
    notifyFill: '#fbecc8',
    outside: '#1f5f99',
    accent: '#1f5f99',
  },
  dark: {
    background: '#151515',
    text: '#ececec',
    muted: '#b3b3b3',
    grid: '#3d3d3d',
    controlled: '#ff8a80',
    controlledFill: '#4a1f1c',
    notify: '#f2c14e',
    notifyFill: '#3e3319',
    outside: '#8cc4f5',
    accent: '#8cc4f5',
  },
};

/** Chinese on every platform, then the platform's own sans-serif. */
export const fontFamily = "'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const fontSize = { label: 13, tick: 12, annotation: 12, legend: 13 } as const;
