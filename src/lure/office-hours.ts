// Working hours written in a message ("пн–пт 9:00–18:00", "с 9 до 18", "дс-жм 09.00-18.00", "Mon-Fri 9:00-18:00"):
// offices, clinics and collectors say when they answer; a lure wants the call now.

/** Two clock times a working day apart: "9:00-18:00", "09.00–18.00", "с 9:00 до 18:00", "с 9 до 18", "from 9 to 6". */
const HOURS = /(?<![\d:.])(?:(?:с|from)\s+)?([0-2]?\d)(?:[:.]([0-5]\d))?\s*(?:[-–—]|до|to|-ге дейін|-ден)\s*(?:[0-2]?\d[:.][0-5]\d|(?<=(?:до|to)\s*)[0-2]?\d)(?![\d:.])/iu;

/** The span of the first working-hours range in the text, if any (callers look for a digit first). */
export function officeHours(text: string): [number, number] | undefined {
  // a range says ':', '.00', '.30' or a word for "to"; most texts have none of them
  if (!text.includes(':') && !text.includes('.00') && !text.includes('.30') && !/(?:до|to|дейін)\s/i.test(text)) return undefined;
  const m = HOURS.exec(text);
  if (m === null) return undefined;
  // a dot between hour and minutes is also a date's ("с 10.12 до 20.12"): only whole and half hours read as times
  if (/\.(?!00|30)\d\d/.test(m[0])) return undefined;
  const nums = m[0].match(/(?<![:.\d])\d{1,2}/g);
  if (nums === null || nums.length < 2) return undefined;
  const from = Number(nums[0]);
  let to = Number(nums[nums.length - 1]);
  // "from 9 to 6": an afternoon written on a twelve-hour clock
  if (to <= from && to < 12) to += 12;
  if (from < 6 || from > 12 || to <= from || to > 23 || to - from < 3) return undefined;
  // a plain time range must carry minutes on both ends ("9:00-18:00"); "с 9 до 18" says its words
  if (!/(с|from|до|to|дейін)/iu.test(m[0]) && (m[0].match(/[:.]\d\d/g)?.length ?? 0) < 2) return undefined;
  return [m.index, m.index + m[0].length];
}
