export {
  CHART_STYLE_VERSION,
  type ChartCache,
  type ChartCacheOptions,
  type ChartKind,
  type ChartRenderer,
  type ChartRequest,
  chartKey,
  chartPathFor,
  createChartCache,
  DEFAULT_CHART_DIR,
  defaultRenderer,
} from './chart-cache.ts';
export { ChartError, type ChartErrorCode } from './chart-error.ts';
export { altText, type ImagesOptions, imagesFor } from './images-for.ts';
export { type MapPosition, POSITION_COLOUR, POSITION_LEGEND } from './palette.ts';
export { renderTallyChart, TALLY_HEIGHT, TALLY_WIDTH, type TallyChart } from './tally-chart.ts';
export {
  MAP_HEIGHT,
  MAP_WIDTH,
  prepareCharts,
  renderVoteMap,
  type VoteMap,
  type VoteMapOptions,
} from './vote-map.ts';
