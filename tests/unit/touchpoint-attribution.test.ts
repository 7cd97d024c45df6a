import { describe, expect, it } from "vitest";
import { referrerHost, touchpointAttribution } from "@/core/forms/attribution";

const none = { formName: null, utmSource: null, utmMedium: null, utmCampaign: null, referrerUrl: null };

describe("touchpoint attribution", () => {
  it("keeps the referring page's host only, and nothing of an unparseable address", () => {
    expect(referrerHost("https://shop.example:8443/landing?x=1#top")).toBe("shop.example:8443");
    expect(referrerHost("not a url")).toBeNull();
    expect(referrerHost("")).toBeNull();
    expect(referrerHost(null)).toBeNull();
  });

  it("shows the form, the recorded utm parts in order and the host", () => {
    expect(touchpointAttribution({ formName: "Website", utmSource: "newsletter", utmMedium: null, utmCampaign: "spring", referrerUrl: "https://blog.example/post" })).toEqual({
      formName: "Website",
      utm: ["newsletter", "spring"],
      referrerHost: "blog.example",
    });
  });

  it("is nothing for a touchpoint typed in by staff", () => {
    expect(touchpointAttribution(none)).toBeNull();
    expect(touchpointAttribution({ ...none, referrerUrl: "garbage" })).toBeNull();
  });
});
