import { brandProperties } from '../../shared/brand-colours.ts';
import { Brand } from '../../shared/brand-schema.ts';
import '../styles/brand.css';

const COLOURS = ['--accent', '--accent-strong', '--accent-soft', '--brand-accent'];

/** The brand's fields, checked here (the configuration only checked its shape); none if any fails. */
function checked(raw: Record<string, string> | undefined): Brand | undefined {
  if (!raw) return undefined;
  const parsed = Brand.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error('Urne: the brand in the configuration is not usable:', parsed.error.message);
  return undefined;
}

/** Puts the brand's colours on the root as custom properties, or takes them away (no brand). */
export function showBrandColours(raw: Record<string, string> | undefined): void {
  const properties = brandProperties(checked(raw));
  const style = document.documentElement.style;
  for (const name of COLOURS) {
    const value = properties[name];
    if (value) style.setProperty(name, value);
    else style.removeProperty(name);
  }
}

interface OfficeBrandHeaderProps {
  brand?: Record<string, string>;
  /** The configured office, shown when the brand names none. */
  office?: string;
}

/**
 * Logo, city and office. The logo is a data URL from the cached configuration (no request,
 * works offline), decoded off the main thread and sized in advance, so it never holds up or
 * shifts a paint. Its alternative text is the city's name, which is then not read twice.
 */
export function OfficeBrandHeader(props: OfficeBrandHeaderProps) {
  const brand = checked(props.brand);
  if (!brand) return null;
  const { city, logo } = brand;
  const name = brand.office ?? props.office;
  return (
    <div class="brand">
      {logo && (
        <img
          class="brand__logo"
          src={logo}
          alt={city ?? ''}
          width={56}
          height={56}
          decoding="async"
        />
      )}
      <p class="brand__names">
        {city && (
          <span class="brand__city" aria-hidden={logo ? 'true' : undefined}>
            {city}
          </span>
        )}
        {name && <span class="brand__office">{name}</span>}
      </p>
    </div>
  );
}
