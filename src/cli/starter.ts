/**
 * The starter input `jixiao init` writes: every section, with comments in Chinese. It parses and
 * evaluates as written (a small, consistent example department); what it leaves out is pending in
 * the report, never a 0 (absent is not zero). test/cli/init.test.ts evaluates it.
 */
export const STARTER_YAML: string = `# 部门整体支出绩效评价 · 输入文件（jixiao）
# 运行：jixiao evaluate jixiao-input.yaml -o 报告.md
# 字段说明见 jixiao 文档的“Input format”一章。
#
# 填写规则：
# - 金额写成带引号的字符串（"576.08"），单位见下方 unit；不要写成浮点数。
# - 没有的数据不要写 0：删除该行或保留注释，相关指标在报告中标为“待评”；确为零才写 0。
# - 下面的数字是一个示例部门的，请全部换成本部门的决算数。

schemaVersion: 1
unit: 万元 # 本文件所有金额的单位：万元 或 元

# ---------------------------------------------------------------- 评价报告
report:
  evaluationYear: 2024 # 评价年度（必填）
  fiscalYear: 2023 # 被评价的预算年度（必填）
  mode: self # self 自评 / department 部门评价 / finance 财政评价 / third_party 第三方评价
  # title: 某县示例局2023年度部门整体支出绩效评价报告 # 不填则自动生成
  # noticeRef: 某财绩〔2024〕1号 # 通知文号
  # noticeTitle: 关于开展2024年财政支出绩效评价工作的通知
  # noticeIssuer: 某县财政局
  # publishedOn: 2024-06-30
  # conclusion: 综合以上各项指标，财务管理健全规范

# ---------------------------------------------------------------- 部门
department:
  name: 某县示例局 # 部门全称（必填）
  # shortName: 县示例局
  region:
    province: 四川省
    # city: 某市
    # county: 某县
  level: county # 政府级次：central 中央 / provincial 省级 / municipal 市级 / county 县级 / township 乡镇
  kind: administrative # 单位性质：administrative 行政单位 / institution 事业单位 / civil_service_managed 参公管理
  # rank: 正科级
  # internalUnits: [办公室, 业务股]
  # functions: 机构职能……
  staffing: # 人员编制（人）
    # asOf: 2023-12-31
    authorized: # 核定编制（报告未列则省略）
      civilServant: 5 # 公务员编制
      institution: 8 # 事业编制
      logistics: 1 # 工勤编制
    actual: # 实有人员（报告未列则省略）
      civilServant: 5
      institution: 7
      logistics: 1
      # purchasedService: 10 # 购买服务人员（不占编制）

# ---------------------------------------------------------------- 收支（决算数）
ledger:
  income:
    sources: # 本年收入，按来源
      - kind: fiscal_appropriation # 财政拨款；其他：government_fund、business、operating、higher_level_subsidy、subsidiary、other
        name: 财政拨款收入
        amount: "500.00"
    carriedIn: "20.00" # 上年结转和结余（报告未列则省略；确为零时写 "0"）
    # total: "520.00" # 收入决算总额（报告所列，填写后会与分项核对）
  expenditure:
    lines: # 支出明细：功能分类 × 经济分类 × 金额 × 性质（basic 基本支出 / project 项目支出）
      - { functional: "2010301", economic: "30101", amount: "300.00", nature: basic, label: 基本工资 }
      - { functional: "2010301", economic: "30201", amount: "149.20", nature: basic, label: 办公费 }
      - { functional: "2010301", economic: "30217", amount: "0.80", nature: basic, label: 公务接待费 }
      - { functional: "2010302", economic: "31002", amount: "40.00", nature: project, label: 办公设备购置, project: 信息化建设 }
    # total: "490.00" # 本年支出合计（报告所列）
    # byEconomic: [{ code: "301", amount: "300.00" }] # 报告所列的分类合计，会与明细核对
  carryOut:
    total: "30.00" # 年末结转和结余（报告未列则省略）
  # budget: # 预算数：有则填写，用于预算完成率、调整率等指标
  #   initial: "480.00"
  #   adjusted: "520.00"

# ---------------------------------------------------------------- “三公”经费（报告未列的项目整项省略，不要填 0）
threePublicFunds:
  outboundTravel: { actual: "0" } # 因公出国（境）费：示例部门确无此项支出
  vehiclePurchase: { actual: "0" } # 公务用车购置费：示例部门确无此项支出
  vehicleOperation: { actual: "0" } # 公务用车运行维护费：示例部门确无此项支出
  reception: { actual: "0.80" } # 公务接待费；可加 budget（年初预算）
  # note: 说明

# ---------------------------------------------------------------- 管理情况
management:
  internalControls: {} # 如 { kinds: [financial, budget, asset], effective: true }
  debt:
    occurred: false # 是否发生政府性债务（报告未说明则删去此项）
  procurement:
    occurred: false # 是否发生政府采购（报告未说明则删去此项）
  assets: {} # 如 { registeredInSystem: true, assetCards: true, dynamicManagement: true }
  disclosure: {} # 如 { items: [{ kind: budget, year: 2023, channel: 县政府网站 }] }
  supervision: {} # 如 { accepted: [finance, audit], violations: 0 }

# ---------------------------------------------------------------- 绩效（可选）
# performance:
#   summary: 综合绩效概述
#   tasks:
#     - { id: task-1, name: 重点工作, planned: 10, completed: 10, key: true }
#   outputs:
#     - { id: output-1, name: 办件量, value: "1200", unit: 件 }

# 需人工评分的指标（指标 id 见 jixiao systems；得分 score 与扣分 deduction 只填一项）
# assessments:
#   - { indicator: management.performance.publicity-training, deduction: "1", reason: 宣传培训不足 }

# problems: [存在的问题]
# suggestions: [改进建议]
`;
