import type { ReactNode } from 'react';

export function PageHeader({
  title,
  crumbs,
  children,
}: {
  title: ReactNode;
  crumbs?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div>
      {crumbs && <div className="crumbs">{crumbs}</div>}
      <div className="page-header">
        <h1>{title}</h1>
        <div className="spacer" />
        {children}
      </div>
    </div>
  );
}
