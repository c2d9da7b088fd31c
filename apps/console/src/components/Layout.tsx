import { NavLink, Outlet } from 'react-router-dom';
import { ThemeContext } from '../hooks/ThemeContext';
import { useTheme } from '../hooks/useTheme';
import { ThemeToggle } from './ThemeToggle';

export function Layout() {
  const [theme, toggle] = useTheme();
  return (
    <ThemeContext.Provider value={theme}>
      <div className="app">
        <a
          href="#main"
          className="skip-link"
          onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
        >
          Skip to content
        </a>
        <header className="topbar">
          <NavLink to="/workflows" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Durastep
          </NavLink>
          <nav className="nav" aria-label="Main">
            <NavLink to="/workflows">Workflows</NavLink>
            <NavLink to="/executions">Executions</NavLink>
            <NavLink to="/functions">Functions</NavLink>
          </nav>
          <a className="muted small" href="/docs" target="_blank" rel="noreferrer">
            API docs
          </a>
          <ThemeToggle theme={theme} toggle={toggle} />
        </header>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </ThemeContext.Provider>
  );
}
