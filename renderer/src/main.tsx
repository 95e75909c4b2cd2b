import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/app.css';
import './styles/controls.css';
import './styles/article.css';
import './styles/quiz.css';
import './styles/items.css';
import './styles/backups.css';
import './styles/views.css';
import './styles/overlay.css';
import './styles/stats.css';
import './styles/settings.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
