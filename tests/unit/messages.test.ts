import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import he from "@/messages/he.json";

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

const catalogues = { en, he, fa } as Record<string, Tree>;
const all = [...new Set(Object.values(catalogues).flatMap((tree) => leafKeys(tree)))].sort();

describe("message catalogues", () => {
  it.each(Object.keys(catalogues))("%s has every key used by any locale", (locale) => {
    const keys = new Set(leafKeys(catalogues[locale] as Tree));
    expect(all.filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(Object.keys(catalogues))("%s has no empty message", (locale) => {
    const empty = leafKeys(catalogues[locale] as Tree).filter((key) => {
      const value = key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part] as Tree | string, catalogues[locale] as Tree);
      return typeof value !== "string" || value.trim() === "";
    });
    expect(empty).toEqual([]);
  });

  it("keeps placeholders identical across locales", () => {
    const placeholders = (tree: Tree, key: string) => {
      const value = key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part] as Tree | string, tree);
      return [...String(value).matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    };
    for (const key of all) {
      expect({ key, he: placeholders(he as Tree, key) }).toEqual({ key, he: placeholders(en as Tree, key) });
      expect({ key, fa: placeholders(fa as Tree, key) }).toEqual({ key, fa: placeholders(en as Tree, key) });
    }
  });
});
