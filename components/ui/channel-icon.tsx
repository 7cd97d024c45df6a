import { AtSign, CalendarDays, Camera, CircleEllipsis, Globe, Handshake, Mail, Megaphone, MessageCircle, MessagesSquare, Phone, Search, Send, Smartphone, Store, type LucideIcon } from "lucide-react";
import type { Channel } from "@/lib/journey-map/types";

const icons: Record<Channel, LucideIcon> = {
  word_of_mouth: MessagesSquare,
  referral: Handshake,
  social: AtSign,
  instagram: Camera,
  whatsapp: MessageCircle,
  telegram: Send,
  search: Search,
  ads: Megaphone,
  website: Globe,
  email: Mail,
  phone: Phone,
  sms: Smartphone,
  event: CalendarDays,
  store: Store,
  other: CircleEllipsis,
};

/** A channel's icon, decorative: the channel's name is always written beside it. */
export function ChannelIcon({ channel, className = "size-4" }: { channel: Channel; className?: string }) {
  const Icon = icons[channel];
  return <Icon aria-hidden className={className} />;
}
