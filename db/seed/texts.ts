import type { Locale } from "@/db/schema";

/** Free text the demo staff write, in the customer's language. */
interface DemoTexts {
  lostReasons: readonly string[];
  backReasons: readonly string[];
  promoterComments: readonly string[];
  passiveComments: readonly string[];
  detractorComments: readonly string[];
  openTasks: readonly string[];
  doneTasks: readonly string[];
  touchpointNotes: readonly string[];
}

export const demoTexts: Record<Locale, DemoTexts> = {
  he: {
    lostReasons: ["המחיר גבוה מדי", "בחר במתחרה", "לא רלוונטי כרגע", "לא חוזר אלינו", "עבר דירה"],
    backReasons: ["צריך עוד זמן לחשוב", "ביקש הצעה חדשה", "חזר לבדוק אפשרויות"],
    promoterComments: ["שירות מעולה, ממליץ לכולם!", "תמיד זמינים בוואטסאפ", "מרוצה מאוד"],
    passiveComments: ["בסדר, אבל המשלוח התעכב", "טוב, יכול להיות זול יותר"],
    detractorComments: ["לא חזרו אליי בזמן", "המוצר לא עמד בציפיות"],
    openTasks: ["להתקשר לבירור", "לשלוח הצעת מחיר", "שיחת שביעות רצון", "לשלוח שובר יום הולדת"],
    doneTasks: ["שיחת היכרות", "נשלחה הצעת מחיר", "בדיקת שביעות רצון"],
    touchpointNotes: ["שאל על מחירים", "ביקש פרטים נוספים", "קבענו פגישה", "תודה על הרכישה"],
  },
  fa: {
    lostReasons: ["قیمت بالاست", "رقیب را انتخاب کرد", "فعلاً نیازی ندارد", "پاسخ نمی‌دهد", "نقل مکان کرد"],
    backReasons: ["زمان بیشتری برای فکر کردن می‌خواهد", "پیشنهاد تازه خواست", "دوباره در حال مقایسه است"],
    promoterComments: ["خدمات عالی، به همه پیشنهاد می‌کنم!", "همیشه در تلگرام پاسخگو هستند", "خیلی راضی‌ام"],
    passiveComments: ["خوب بود، ولی ارسال دیر شد", "خوب است، می‌توانست ارزان‌تر باشد"],
    detractorComments: ["به موقع با من تماس نگرفتند", "محصول مطابق انتظارم نبود"],
    openTasks: ["تماس برای پیگیری", "ارسال پیش‌فاکتور", "تماس رضایت‌سنجی", "ارسال کارت هدیهٔ تولد"],
    doneTasks: ["تماس آشنایی", "پیش‌فاکتور ارسال شد", "رضایت‌سنجی انجام شد"],
    touchpointNotes: ["قیمت‌ها را پرسید", "اطلاعات بیشتری خواست", "قرار ملاقات گذاشتیم", "تشکر برای خرید"],
  },
  en: {
    lostReasons: ["Price too high", "Chose a competitor", "Not relevant right now", "Stopped responding", "Moved away"],
    backReasons: ["Needs more time to decide", "Asked for a new offer", "Comparing options again"],
    promoterComments: ["Excellent service, I recommend you to everyone!", "Always quick to answer", "Very happy"],
    passiveComments: ["Fine, but delivery was late", "Good, could be cheaper"],
    detractorComments: ["Nobody got back to me in time", "The product did not meet my expectations"],
    openTasks: ["Follow-up call", "Send a quote", "Satisfaction check", "Send a birthday voucher"],
    doneTasks: ["Intro call", "Quote sent", "Satisfaction check done"],
    touchpointNotes: ["Asked about prices", "Wanted more details", "Booked a meeting", "Thanked for the purchase"],
  },
};
