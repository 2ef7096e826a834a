/** Entry of the toolbar popup (also opened as a small window where openPopup is missing). */
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { followTheme } from '../../components/popup/page-style';
import { t } from '../../components/shared/i18n';
import './style.css';

// The page lives as long as the popup is open; nothing outlives it.
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { signal: lifetime.signal });

document.documentElement.lang = t('@@ui_locale').replace('_', '-');
document.title = t('extName');
followTheme(lifetime.signal);

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
