import { createContext, useContext } from 'react';
import type { Theme } from './useTheme';

export const ThemeContext = createContext<Theme>('light');

export function useThemeName(): Theme {
  return useContext(ThemeContext);
}
