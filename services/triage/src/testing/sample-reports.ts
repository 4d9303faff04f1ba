/** Invented reports for the index's tests: a bridge in disrepair and a school canteen. */
export const BRIDGE = {
  title: '关于河西镇石板桥年久失修的建议',
  body: '河西镇石板桥桥面开裂，护栏松动，每天有很多学生经过，存在安全隐患，希望尽快维修石板桥。',
};

export const CANTEEN = {
  title: '关于城南中学食堂饭菜价格偏高的建议',
  body: '城南中学食堂一份午餐要十五元，分量少，家长负担重，建议教育局核查食堂成本。',
};
