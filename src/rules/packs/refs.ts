import type { RuleRef } from '../types.js';

/** 部门决算 table identities (收入支出决算总表). The identities are standard practice; no page was retrieved [K]. @internal */
export const REF_FINAL_ACCOUNTS: RuleRef = {
  doc: '部门决算报表（收入支出决算总表、支出决算表）',
  article: '收入总计 = 支出总计；本年支出合计 = 功能分类合计 = 经济分类合计',
  reliability: 'K',
};

/** Rounding: the library's stated-vs-derived convention (DESIGN.md). @internal */
export const REF_ROUNDING: RuleRef = {
  doc: 'jixiao：报告数与明细之和的差额不超过 n 项 × 半个末位单位时视为尾差（docs/rules.md“舍入”）',
  reliability: 'K',
};

/** 财预〔2013〕53号 附件2, via its full-text mirror. @internal */
export const REF_53: RuleRef = {
  doc: '财预〔2013〕53号《预算绩效评价共性指标体系框架》附件2 部门整体支出',
  url: 'http://ekuangwang.cn/public/consult/detail/45',
  reliability: 'M',
};

/** 三公 economic codes (302-12, 310-13, 302-31, 302-17). @internal */
export const REF_THREE_PUBLIC_CODES: RuleRef = {
  doc: '支出经济分类科目：因公出国(境)费用 30212、公务用车购置 31013、公务用车运行维护费 30231、公务接待费 30217',
  url: 'https://360docs.net/doc/439677006.html',
  reliability: 'S',
};

/** 约法三章: 三公经费只减不增 (2014 政府工作报告), quoted on a secondary page. @internal */
export const REF_THREE_PUBLIC_CUT: RuleRef = {
  doc: '2014年《政府工作报告》“约法三章”：“三公”经费只减不增',
  url: 'https://sw78swfhtr.pixnet.net/blog/post/177671436',
  reliability: 'S',
};

/** 政府采购法 第二条 (article numbers unconfirmed). @internal */
export const REF_PROCUREMENT_LAW: RuleRef = {
  doc: '《中华人民共和国政府采购法》',
  article: '第二条（集中采购目录以内或采购限额标准以上的采购）',
  reliability: 'K',
};

/** 预算法 第十四条, mirror; article text unconfirmed. @internal */
export const REF_BUDGET_LAW_14: RuleRef = {
  doc: '《中华人民共和国预算法》（2018修正）',
  article: '第十四条（部门预算、决算批复后二十日内公开）',
  url: 'https://junziqian.com/policy_detail-916.html',
  reliability: 'M',
};

/** 财预〔2016〕143号, restated in an official 公开标准目录. @internal */
export const REF_143: RuleRef = {
  doc: '财预〔2016〕143号《地方预决算公开操作规程》',
  url: 'http://www.rushan.gov.cn/xzjdsdlygk/8/files/basic-html/page7.html',
  reliability: 'O',
};
