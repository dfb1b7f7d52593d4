import { enLater } from '../../i18n/en-later';
import { addEnglish } from '../../i18n/messages';

/** The chunk that carries Recharts: every chart drawing, for the screen and for exports. */
// Its tooltips' hints are English strings the first screen does not carry.
addEnglish(enLater);
export { default as BarChartView } from './BarChartView';
export { default as ColumnChartView } from './ColumnChartView';
