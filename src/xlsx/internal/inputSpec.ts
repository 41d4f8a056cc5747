/**
 * The layout of the data-entry workbook (`writeInputTemplate` / `readInputWorkbook`): one
 * declaration drives both the writer and the reader, so the two cannot drift apart.
 * Amounts are in 万元 throughout (the sheets say so). @internal
 */

/** How a cell's text becomes a value of the evaluation input. @internal */
export type FieldType =
  | 'text'
  | 'int'
  | 'money'
  | 'decimal'
  | 'bool'
  | 'date'
  /** several values separated by 、 ， ; or a line break */
  | 'list'
  /** one value per line (sentences may contain 、) */
  | 'lines'
  | { readonly enum: Readonly<Record<string, string>> }
  | { readonly enumList: Readonly<Record<string, string>> };

/** One labelled input cell of a form sheet. @internal */
export interface FormField {
  readonly label: string;
  readonly path: readonly string[];
  readonly type: FieldType;
  readonly note?: string;
  readonly required?: boolean;
}

/** One column of a table sheet. @internal */
export interface TableColumn {
  readonly header: string;
  readonly key: string;
  readonly type: FieldType;
  readonly width?: number;
  readonly required?: boolean;
  /** Generated from the row number when the cell is blank (an identifier, never a figure). */
  readonly idPrefix?: string;
}

/** @internal */
export interface FormSheet {
  readonly kind: 'form';
  readonly name: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

/** @internal */
export interface TableSheet {
  readonly kind: 'table';
  readonly name: string;
  readonly title: string;
  /** Where the rows go in the input (an array). */
  readonly path: readonly string[];
  readonly columns: readonly TableColumn[];
  /** `sections`: consecutive rows with the same (or a blank) title are one section of paragraphs. */
  readonly group?: 'sections';
}

/** Sheets read by `readLedgerSheet` (income and expenditure lines): written here, read there. @internal */
export interface LedgerSheetSpec {
  readonly kind: 'ledger';
  readonly name: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows?: readonly (readonly string[])[];
  readonly widths?: readonly number[];
}

export type SheetSpec = FormSheet | TableSheet | LedgerSheetSpec;

/** Name and marker of the hidden machine sheet. @internal */
export const INPUT_MACHINE_SHEET = 'jixiao-input';
export const INPUT_TEMPLATE_MARK = 'jixiao-input-template';
export const INPUT_TEMPLATE_VERSION = '1';

/** Header row (1-based) of every form and table sheet; data starts on the next row. @internal */
export const HEADER_ROW = 3;
export const FORM_HEADERS = ['填写项', '填写内容', '说明'] as const;

const LEVELS = { 中央: 'central', 省级: 'provincial', 市级: 'municipal', 县级: 'county', 乡镇: 'township' } as const;
const KINDS = { 行政单位: 'administrative', 事业单位: 'institution', 参公管理事业单位: 'civil_service_managed' } as const;
const MODES = { 自评: 'self', 部门评价: 'department', 财政评价: 'finance', 第三方评价: 'third_party' } as const;
const CONTROLS = {
  财务管理: 'financial',
  预算管理: 'budget',
  支出管理: 'expenditure',
  资产管理: 'asset',
  采购管理: 'procurement',
  合同管理: 'contract',
  会计核算: 'accounting',
  内部审计: 'internal_audit',
  三公经费管理: 'three_public_funds',
  绩效管理: 'performance',
} as const;
const SUPERVISION = { 财政监督: 'finance', 审计监督: 'audit', 巡察监督: 'inspection', 纪检监督: 'discipline' } as const;
const DISCLOSURE = { 预算: 'budget', 决算: 'final_accounts', 绩效: 'performance', 三公经费: 'three_public_funds' } as const;
const SOURCES = { 报告明示: 'stated', 推断: 'inferred' } as const;

const THREE_PUBLIC: readonly [string, string, readonly [string, string, string][]][] = [
  [
    'outboundTravel',
    '因公出国（境）费',
    [
      ['groups', '团组数', 'int'],
      ['persons', '人次', 'int'],
    ],
  ],
  ['vehiclePurchase', '公务用车购置费', [['purchased', '购置车辆数', 'int']]],
  ['vehicleOperation', '公务用车运行维护费', [['held', '公务用车保有量', 'int']]],
  [
    'reception',
    '公务接待费',
    [
      ['batches', '接待批次', 'int'],
      ['persons', '接待人次', 'int'],
    ],
  ],
];

const threePublicFields: FormField[] = THREE_PUBLIC.flatMap(([key, name, counts]) => [
  { label: `${name}·实际支出`, path: ['threePublicFunds', key, 'actual'], type: 'money', required: true, note: '必填；无此项支出填 0（确为零时）' },
  { label: `${name}·年初预算`, path: ['threePublicFunds', key, 'budget'], type: 'money' },
  { label: `${name}·上年预算`, path: ['threePublicFunds', key, 'priorYearBudget'], type: 'money' },
  { label: `${name}·上年实际`, path: ['threePublicFunds', key, 'priorYearActual'], type: 'money' },
  ...counts.map(([k, l]): FormField => ({ label: `${name}·${l}`, path: ['threePublicFunds', key, k], type: 'int' })),
]);

/** Every sheet of the template, in order. @internal */
export const INPUT_SHEETS: readonly SheetSpec[] = [
  {
    kind: 'form',
    name: '部门信息',
    title: '部门信息与评价报告',
    fields: [
      { label: '部门名称', path: ['department', 'name'], type: 'text', required: true, note: '必填，如“巴中市恩阳区行政审批局”' },
      { label: '简称', path: ['department', 'shortName'], type: 'text' },
      { label: '单位编码', path: ['department', 'code'], type: 'text' },
      { label: '省', path: ['department', 'region', 'province'], type: 'text' },
      { label: '市', path: ['department', 'region', 'city'], type: 'text' },
      { label: '区县', path: ['department', 'region', 'county'], type: 'text' },
      { label: '政府级次', path: ['department', 'level'], type: { enum: LEVELS }, required: true, note: `必填：${Object.keys(LEVELS).join('、')}` },
      { label: '单位性质', path: ['department', 'kind'], type: { enum: KINDS }, required: true, note: `必填：${Object.keys(KINDS).join('、')}` },
      { label: '机构规格', path: ['department', 'rank'], type: 'text', note: '如“正科级”' },
      { label: '隶属', path: ['department', 'parent'], type: 'text' },
      { label: '内设机构', path: ['department', 'internalUnits'], type: 'list', note: '用顿号或换行分隔' },
      { label: '机构职能', path: ['department', 'functions'], type: 'text' },
      { label: '评价年度', path: ['report', 'evaluationYear'], type: 'int', required: true, note: '必填，如 2023' },
      { label: '预算年度', path: ['report', 'fiscalYear'], type: 'int', required: true, note: '必填：被评价的年度，如 2022' },
      { label: '报告标题', path: ['report', 'title'], type: 'text', note: '不填则由部门名与年度生成' },
      { label: '评价方式', path: ['report', 'mode'], type: { enum: MODES }, note: `${Object.keys(MODES).join('、')}；不填为自评` },
      { label: '通知文号', path: ['report', 'noticeRef'], type: 'text' },
      { label: '通知标题', path: ['report', 'noticeTitle'], type: 'text' },
      { label: '发文机关', path: ['report', 'noticeIssuer'], type: 'text' },
      { label: '发布日期', path: ['report', 'publishedOn'], type: 'date', note: 'YYYY-MM-DD' },
      { label: '评价结论', path: ['report', 'conclusion'], type: 'text' },
    ],
  },
  {
    kind: 'form',
    name: '人员编制',
    title: '人员编制（人）',
    fields: [
      { label: '统计截止日期', path: ['department', 'staffing', 'asOf'], type: 'date', note: 'YYYY-MM-DD' },
      { label: '公务员编制数', path: ['department', 'staffing', 'authorized', 'civilServant'], type: 'int', required: true, note: '必填' },
      { label: '事业编制数', path: ['department', 'staffing', 'authorized', 'institution'], type: 'int', required: true, note: '必填' },
      { label: '工勤编制数', path: ['department', 'staffing', 'authorized', 'logistics'], type: 'int', required: true, note: '必填' },
      { label: '其他编制数', path: ['department', 'staffing', 'authorized', 'other'], type: 'int' },
      { label: '核定编制总数（报告所列）', path: ['department', 'staffing', 'authorizedTotal'], type: 'int', note: '填写后将与分项之和核对' },
      { label: '实有公务员', path: ['department', 'staffing', 'actual', 'civilServant'], type: 'int', required: true, note: '必填' },
      { label: '实有事业人员', path: ['department', 'staffing', 'actual', 'institution'], type: 'int', required: true, note: '必填' },
      { label: '实有工勤人员', path: ['department', 'staffing', 'actual', 'logistics'], type: 'int', required: true, note: '必填' },
      { label: '购买服务人员', path: ['department', 'staffing', 'actual', 'purchasedService'], type: 'int', note: '不占编制' },
      { label: '其他编外人员', path: ['department', 'staffing', 'actual', 'other'], type: 'int', note: '不占编制' },
      { label: '实有人员总数（报告所列）', path: ['department', 'staffing', 'actualTotal'], type: 'int', note: '含购买服务人员' },
    ],
  },
  {
    kind: 'ledger',
    name: '收入',
    title: '收入决算　　单位：万元',
    headers: ['收入项目', '金额', '说明'],
    rows: [
      ['财政拨款收入'],
      ['政府性基金预算收入'],
      ['国有资本经营预算收入'],
      ['上级补助收入'],
      ['事业收入'],
      ['经营收入'],
      ['附属单位上缴收入'],
      ['其他收入'],
      ['上年结转和结余', '', '必填（确为零时填 0）'],
      ['收入总计', '', '报告所列，含上年结转和结余'],
    ],
    widths: [28, 16, 40],
  },
  {
    kind: 'ledger',
    name: '支出明细',
    title: '支出明细（功能分类 × 经济分类）　　单位：万元',
    headers: ['功能分类科目编码', '功能分类科目名称', '经济分类科目编码', '经济分类科目名称', '金额', '支出性质', '项目名称'],
    widths: [18, 24, 18, 24, 14, 10, 24],
  },
  {
    kind: 'form',
    name: '支出汇总',
    title: '支出汇总、结转结余与预算（万元）',
    fields: [
      { label: '支出决算总额', path: ['ledger', 'expenditure', 'grandTotal'], type: 'money', note: '报告所列，含年末结转结余' },
      { label: '本年支出合计', path: ['ledger', 'expenditure', 'total'], type: 'money', note: '报告所列' },
      { label: '基本支出', path: ['ledger', 'expenditure', 'basic'], type: 'money', note: '报告所列' },
      { label: '项目支出', path: ['ledger', 'expenditure', 'project'], type: 'money', note: '报告所列' },
      { label: '年末结转和结余', path: ['ledger', 'carryOut', 'total'], type: 'money', required: true, note: '必填（确为零时填 0）' },
      { label: '基本支出结转', path: ['ledger', 'carryOut', 'basic', 'carryForward'], type: 'money' },
      { label: '基本支出结余', path: ['ledger', 'carryOut', 'basic', 'surplus'], type: 'money' },
      { label: '项目支出结转', path: ['ledger', 'carryOut', 'project', 'carryForward'], type: 'money' },
      { label: '项目支出结余', path: ['ledger', 'carryOut', 'project', 'surplus'], type: 'money' },
      { label: '年初支出预算数', path: ['ledger', 'budget', 'initial'], type: 'money' },
      { label: '调整后支出预算数', path: ['ledger', 'budget', 'adjusted'], type: 'money' },
      { label: '预算调整数', path: ['ledger', 'budget', 'adjustments'], type: 'money', note: '不含政策性、不可预见因素；可为负' },
      { label: '预算安排公用经费总额', path: ['ledger', 'budget', 'publicExpenses'], type: 'money' },
      { label: '政府采购预算数', path: ['ledger', 'budget', 'procurement'], type: 'money' },
      { label: '项目支出预算总额', path: ['ledger', 'budget', 'projectTotal'], type: 'money' },
      { label: '重点项目支出预算', path: ['ledger', 'budget', 'keyProjects'], type: 'money' },
      { label: '既定支付进度', path: ['ledger', 'budget', 'paymentProgressTarget'], type: 'decimal', note: '小数，如 0.75' },
      { label: '实际支付进度', path: ['ledger', 'budget', 'paymentProgressActual'], type: 'decimal', note: '小数' },
      { label: '上年年末结转结余', path: ['ledger', 'budget', 'priorYearCarryOver'], type: 'money', note: '不填则取本年“上年结转和结余”' },
    ],
  },
  {
    kind: 'form',
    name: '三公经费',
    title: '“三公”经费（万元）',
    fields: [
      ...threePublicFields,
      { label: '三公经费合计·预算（报告所列）', path: ['threePublicFunds', 'statedTotal', 'budget'], type: 'money' },
      { label: '三公经费合计·实际（报告所列）', path: ['threePublicFunds', 'statedTotal', 'actual'], type: 'money' },
      { label: '说明', path: ['threePublicFunds', 'note'], type: 'text' },
    ],
  },
  {
    kind: 'form',
    name: '管理情况',
    title: '管理情况（是 / 否）',
    fields: [
      {
        label: '已建立的制度类别',
        path: ['management', 'internalControls', 'kinds'],
        type: { enumList: CONTROLS },
        note: `用顿号分隔：${Object.keys(CONTROLS).join('、')}`,
      },
      { label: '制度名称', path: ['management', 'internalControls', 'names'], type: 'list', note: '用顿号或换行分隔' },
      { label: '制度有效执行', path: ['management', 'internalControls', 'effective'], type: 'bool' },
      { label: '内控制度说明', path: ['management', 'internalControls', 'note'], type: 'text' },
      { label: '设定部门整体绩效目标', path: ['management', 'performanceTargets', 'set'], type: 'bool' },
      { label: '开展绩效运行监控', path: ['management', 'performanceTargets', 'monitored'], type: 'bool' },
      { label: '绩效目标说明', path: ['management', 'performanceTargets', 'note'], type: 'text' },
      { label: '发生政府性债务', path: ['management', 'debt', 'occurred'], type: 'bool', required: true, note: '必填' },
      { label: '债务金额', path: ['management', 'debt', 'amount'], type: 'money' },
      { label: '举债经批准', path: ['management', 'debt', 'approved'], type: 'bool' },
      { label: '债务说明', path: ['management', 'debt', 'note'], type: 'text' },
      { label: '发生政府采购', path: ['management', 'procurement', 'occurred'], type: 'bool', required: true, note: '必填' },
      { label: '政府采购预算数', path: ['management', 'procurement', 'budget'], type: 'money' },
      { label: '实际政府采购金额', path: ['management', 'procurement', 'actual'], type: 'money' },
      { label: '政府采购说明', path: ['management', 'procurement', 'note'], type: 'text' },
      { label: '资产录入管理信息系统', path: ['management', 'assets', 'registeredInSystem'], type: 'bool' },
      { label: '建立资产卡片', path: ['management', 'assets', 'assetCards'], type: 'bool' },
      { label: '实行动态管理', path: ['management', 'assets', 'dynamicManagement'], type: 'bool' },
      { label: '账实相符', path: ['management', 'assets', 'reconciled'], type: 'bool' },
      { label: '处置规范', path: ['management', 'assets', 'disposalCompliant'], type: 'bool' },
      { label: '固定资产总额', path: ['management', 'assets', 'fixedAssetsTotal'], type: 'money' },
      { label: '在用固定资产总额', path: ['management', 'assets', 'fixedAssetsInUse'], type: 'money' },
      { label: '资产管理说明', path: ['management', 'assets', 'note'], type: 'text' },
      { label: '信息公开说明', path: ['management', 'disclosure', 'note'], type: 'text', note: '公开事项填在“信息公开”表' },
      { label: '依法接受的监督', path: ['management', 'supervision', 'accepted'], type: { enumList: SUPERVISION }, note: Object.keys(SUPERVISION).join('、') },
      { label: '发现违规问题数', path: ['management', 'supervision', 'violations'], type: 'int' },
      { label: '已整改问题数', path: ['management', 'supervision', 'rectified'], type: 'int' },
      { label: '监督说明', path: ['management', 'supervision', 'note'], type: 'text' },
    ],
  },
  {
    kind: 'table',
    name: '信息公开',
    title: '预决算等信息公开',
    path: ['management', 'disclosure', 'items'],
    columns: [
      { header: '公开内容', key: 'kind', type: { enum: DISCLOSURE }, required: true, width: 14 },
      { header: '年度', key: 'year', type: 'int', required: true, width: 10 },
      { header: '财政批复日期', key: 'approvedOn', type: 'date', width: 14 },
      { header: '公开日期', key: 'publishedOn', type: 'date', width: 14 },
      { header: '公开渠道', key: 'channel', type: 'text', width: 30 },
    ],
  },
  {
    kind: 'table',
    name: '工作任务',
    title: '年度工作任务完成情况',
    path: ['performance', 'tasks'],
    columns: [
      { header: '任务编号', key: 'id', type: 'text', idPrefix: 'task-', width: 14 },
      { header: '任务名称', key: 'name', type: 'text', required: true, width: 36 },
      { header: '计划数', key: 'planned', type: 'int', required: true },
      { header: '完成数', key: 'completed', type: 'int', required: true },
      { header: '及时完成数', key: 'onTime', type: 'int' },
      { header: '质量达标数', key: 'qualified', type: 'int' },
      { header: '重点工作', key: 'key', type: 'bool' },
      { header: '计量单位', key: 'unit', type: 'text' },
      { header: '说明', key: 'note', type: 'text', width: 40 },
    ],
  },
  {
    kind: 'table',
    name: '产出指标',
    title: '产出与效益数据',
    path: ['performance', 'outputs'],
    columns: [
      { header: '编号', key: 'id', type: 'text', idPrefix: 'output-', width: 14 },
      { header: '指标名称', key: 'name', type: 'text', required: true, width: 36 },
      { header: '数值', key: 'value', type: 'decimal', required: true },
      { header: '计量单位', key: 'unit', type: 'text' },
      { header: '说明', key: 'note', type: 'text', width: 40 },
    ],
  },
  {
    kind: 'table',
    name: '满意度',
    title: '满意度调查',
    path: ['performance', 'satisfaction'],
    columns: [
      { header: '编号', key: 'id', type: 'text', idPrefix: 'survey-', width: 14 },
      { header: '调查名称', key: 'name', type: 'text', required: true, width: 30 },
      { header: '受访人数', key: 'respondents', type: 'int', required: true },
      { header: '满意人数', key: 'satisfied', type: 'int', required: true },
    ],
  },
  {
    kind: 'table',
    name: '履职成效',
    title: '履职成效（每段一行；标题不填则续上一节）',
    path: ['performance', 'sections'],
    group: 'sections',
    columns: [
      { header: '标题', key: 'title', type: 'text', width: 30 },
      { header: '段落', key: 'paragraph', type: 'text', width: 80 },
    ],
  },
  {
    kind: 'form',
    name: '绩效叙述',
    title: '绩效概述、问题与建议、自评',
    fields: [
      { label: '综合绩效概述', path: ['performance', 'summary'], type: 'text' },
      { label: '存在的问题', path: ['problems'], type: 'lines', note: '每行一条' },
      { label: '改进建议', path: ['suggestions'], type: 'lines', note: '每行一条' },
      { label: '自评总分', path: ['claimed', 'total'], type: 'decimal' },
      { label: '自评等级', path: ['claimed', 'grade'], type: 'text' },
    ],
  },
  {
    kind: 'table',
    name: '指标评分',
    title: '需人工评分的指标（得分与扣分只填一项）',
    path: ['assessments'],
    columns: [
      { header: '指标ID', key: 'indicator', type: 'text', required: true, width: 40 },
      { header: '得分', key: 'score', type: 'decimal' },
      { header: '扣分', key: 'deduction', type: 'decimal' },
      { header: '原因', key: 'reason', type: 'text', required: true, width: 40 },
      { header: '依据', key: 'evidence', type: 'text', width: 40 },
      { header: '来源', key: 'source', type: { enum: SOURCES }, width: 10 },
    ],
  },
  {
    kind: 'table',
    name: '自评扣分',
    title: '部门自评的得分与扣分（复核用）',
    path: ['claimed', 'items'],
    columns: [
      { header: '指标ID', key: 'indicator', type: 'text', required: true, width: 40 },
      { header: '得分', key: 'score', type: 'decimal' },
      { header: '扣分', key: 'deduction', type: 'decimal' },
      { header: '原因', key: 'reason', type: 'text', width: 40 },
    ],
  },
];

/** The sheet read by `readLedgerSheet` for expenditure lines, and its amount column. @internal */
export const EXPENDITURE_SHEET = '支出明细';
export const INCOME_SHEET = '收入';
