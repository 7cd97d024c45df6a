"use client";

import "react-day-picker/style.css";

export { DayPicker } from "react-day-picker";
