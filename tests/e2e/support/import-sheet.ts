import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADERS = ['标题', '情况', '问题', '建议', '紧急程度'];

/** Sheet rows (header = row 1) that break a rule: no title, or an unknown urgency. */
export const BAD_ROWS = [3, 50, 101, 257, 400, 512, 640, 777, 900, 1_001];

const rowOf = (sheetRow: number, badRows: readonly number[]): string[] => {
  const n = sheetRow - 1;
  const bad = badRows.indexOf(sheetRow);
  return [
    bad >= 0 && bad % 2 === 0 ? '' : `关于第${n}号小区加装电梯的建议`,
    `第${n}号小区六层无电梯，老年住户占四成。`,
    '加装电梯意见难统一，审批流程长。',
    '简化审批，财政按户补贴，社区牵头协商。',
    bad >= 0 && bad % 2 === 1 ? '十万火急' : '一般',
  ];
};

/** An XLSX of `rows` items under a header row, the `badRows` among them broken. */
export async function importSheet(
  rows: number,
  badRows: readonly number[] = BAD_ROWS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('社情民意');
  sheet.addRow(HEADERS);
  for (let sheetRow = 2; sheetRow <= rows + 1; sheetRow += 1)
    sheet.addRow(rowOf(sheetRow, badRows));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
