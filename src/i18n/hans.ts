import { Converter, CustomConverter } from 'opencc-js/t2cn';

/**
 * Traditional (as our source reached us: converted from a mainland original with
 * Taiwan phrasing) -> Simplified that says what the mainland original says.
 *
 * A character conversion everywhere, plus phrase reversals only for words that
 * exist solely in Taiwan usage, so the original must have had the mainland word.
 * OpenCC's own Taiwan-phrase table is not used: several mainland words map onto
 * one Taiwan word (执行/运行, 建立/创建, 资料/数据), so reversing it invents words.
 * Each entry says why; tests/unit/hans.test.ts lists every place the output
 * differs from the character conversion, so a new reversal cannot slip in unreviewed.
 */
export const REVERSALS: readonly (readonly [tw: string, cn: string, why: string])[] = [
  ['網際網路協定', '互联网协议', 'Internet Protocol (IPv6): the Taiwan name of the protocol'],
  ['網際網路', '互联网', 'the Internet: Taiwan word'],
  ['網路', '网络', 'network: Taiwan word'],
  ['入口網站', '门户网站', 'portal website: Taiwan word'],
  ['最佳化', '优化', 'optimise: Taiwan word'],
  ['模組', '模块', 'module: Taiwan word'],
  ['程式', '程序', 'procedure/program: Taiwan word'],
  ['簡訊', '短信', 'text message: Taiwan word'],
  ['視窗', '窗口', 'service window: Taiwan word'],
  ['空氣品質', '空气质量', 'air quality: Taiwan phrase (mainland 空气质量)'],
  ['檔案', '文件', 'document/file: Taiwan word for 文件'],
  // 档案 keeps its mainland sense (archives) in these names; listed so 檔案 above does not match inside them.
  ['檔案館', '档案馆', 'archives: the same word on the mainland'],
  ['檔案局', '档案局', 'archives bureau: the same word on the mainland'],
  // The UI strings are ours, written for Taiwan readers in zh-Hant; these software words differ.
  ['匯出', '导出', 'export: Taiwan software word'],
  ['匯入', '导入', 'import: Taiwan software word'],
  ['搜尋', '搜索', 'search: Taiwan word'],
  ['伺服器', '服务器', 'server: Taiwan word'],
  ['剪貼簿', '剪贴板', 'clipboard: Taiwan word'],
  ['向量圖', '矢量图', 'vector image: Taiwan word'],
  ['字元', '字符', 'character (text): Taiwan word'],
  ['連結', '链接', 'hyperlink: Taiwan word'],
  ['預設', '默认', 'default: Taiwan software word'],
  ['載入', '加载', 'load (software): Taiwan word'],
  ['列印', '打印', 'print (on paper): Taiwan word'],
  ['開啟', '打开', 'open (a file, a link): Taiwan software word'],
  ['儲存', '保存', 'save (a file): Taiwan software word'],
  ['本機', '本地', 'local (file): Taiwan software word'],
  ['畫面', '页面', 'the page on screen: Taiwan UI word'],
  ['資料夾', '文件夹', 'folder: Taiwan software word'],
  ['壓縮檔', '压缩文件', 'compressed archive (.zip): Taiwan software word'],
  ['純文字', '纯文本', 'plain text (file): Taiwan software word'],
  ['儲存空間', '存储空间', 'storage space (of a browser, a disk): Taiwan phrase'],
  ['試算表', '电子表格', 'spreadsheet: Taiwan software word'],
  ['儲存格', '单元格', 'a cell of a table: Taiwan software word'],
  ['欄位', '字段', 'a column (field) of a data table: Taiwan software word'],
  ['支援', '支持', 'support (a feature): Taiwan software word'],
  ['例外處理', '异常处理', 'exception handling: Taiwan software word'],
  ['範例', '示例', 'example (code): Taiwan software word'],
];

const reverse = CustomConverter(REVERSALS.map(([tw, cn]) => [tw, cn]));
/** Characters only: Taiwan variant forms normalised, then Traditional -> Simplified characters. */
export const charsToHans = Converter({ from: 'tw', to: 'cn' });

export const toHans = (s: string): string => charsToHans(reverse(s));
