import { createHashRouter, Navigate, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { ExecutionPage } from './pages/execution/ExecutionPage';
import { ExecutionsPage } from './pages/executions/ExecutionsPage';
import { FunctionsPage } from './pages/functions/FunctionsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { WorkflowEditorPage } from './pages/workflow-editor/WorkflowEditorPage';
import { WorkflowPage } from './pages/workflow/WorkflowPage';
import { WorkflowsPage } from './pages/workflows/WorkflowsPage';

/**
 * Hash routes (`/#/executions/42`): every page has a URL that works as a deep link without the
 * service having to answer client routes with index.html.
 */
const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/workflows" replace /> },
      { path: 'workflows', element: <WorkflowsPage /> },
      { path: 'workflows/new', element: <WorkflowEditorPage /> },
      { path: 'workflows/:name', element: <WorkflowPage /> },
      { path: 'workflows/:name/edit', element: <WorkflowEditorPage /> },
      { path: 'executions', element: <ExecutionsPage /> },
      { path: 'executions/:id', element: <ExecutionPage /> },
      { path: 'functions', element: <FunctionsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
