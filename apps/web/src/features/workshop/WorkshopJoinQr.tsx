import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * The join URL as a QR code, drawn as SVG from the same library that prints the terminal's code: one
 * path of unit squares, so it stays sharp at any projector size.
 */
export function WorkshopJoinQr({ url }: { url: string }) {
  const { size, path } = useMemo(() => {
    const { data, size: modules } = encode(url, { border: 2 });
    let d = '';
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: modules, path: d };
  }, [url]);
  return (
    <svg
      className="workshop-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`QR code of ${url}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
