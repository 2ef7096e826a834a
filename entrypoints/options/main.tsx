/** Entry of the options page, opened in a tab (and on first install by onboarding.ts). */
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { followTheme } from '../../components/popup/page-style';
import { t } from '../../components/shared/i18n';
import './style.css';

const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { signal: lifetime.signal });

document.documentElement.lang = t('@@ui_locale').replace('_', '-');
document.title = t('options_title');
followTheme(lifetime.signal);

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
