import { Link } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState';

export function NotFoundPage() {
  return (
    <EmptyState title="There is no such page">
      <Link to="/workflows">Go to the workflows</Link>
    </EmptyState>
  );
}
