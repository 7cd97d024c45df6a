import { z } from "zod";
import { locales } from "@/core/constants";
import { localizedInt, optionalEnum, optionalText } from "@/core/validation/fields";

export const surveyRequestSchema = z.strictObject({ locale: optionalEnum(locales) });

export const surveyAnswerSchema = z.strictObject({
  score: localizedInt(0, 10),
  comment: optionalText(2000),
});
