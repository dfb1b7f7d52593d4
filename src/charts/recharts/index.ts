/** The chunk that carries Recharts: every chart drawing, for the screen and for exports. */
export { default as BarChartView } from './BarChartView';
export { default as ColumnChartView } from './ColumnChartView';
