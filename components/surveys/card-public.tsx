import type { ReactNode } from "react";

/** The frame of a page a customer opens from a link: the organization's name on top, phone-first. */
export function CardPublic({ orgName, title, children }: { orgName: string; title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center p-4">
      <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <p className="text-sm font-medium text-indigo-800">{orgName}</p>
        <h1 className="mt-1 mb-4 text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
