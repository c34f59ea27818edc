import { useState } from 'react';

/** `system` follows prefers-color-scheme; light and dark override it. */
export type Theme = 'system' | 'light' | 'dark';

/** localStorage key of the user's explicit choice; absent means "follow the system". */
const themeStorageKey = 'cors-playground-theme';

function themeStored(): Theme {
  try {
    const value = localStorage.getItem(themeStorageKey);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    // Storage can be disabled (privacy modes); the system preference still applies.
    return 'system';
  }
}

/** `data-theme` on <html> overrides prefers-color-scheme in app.css; without it the system decides. */
function themeApply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

function themePersist(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, theme);
  } catch {
    // Not persisted, but still applied for this page.
  }
}

// Applied when the module loads, before React renders, so a stored dark theme never flashes light.
themeApply(themeStored());

/** Light, dark, or follow the system (prefers-color-scheme); remembered per browser. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(themeStored);
  return (
    <label className="theme-toggle">
      Theme{' '}
      <select
        data-testid="theme"
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme;
          setTheme(next);
          themeApply(next);
          themePersist(next);
        }}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
