import { Image } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The VietQR code for a transfer, drawn from the payload the API built (the same one its PDF prints), so the page and
 * the paper never disagree. SVG rather than canvas: sharp when printed, and it needs no canvas in tests.
 */
export function TransferQr({ payload, label }: { payload: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
      .then((markup) => {
        if (live) setSvg(markup);
      })
      .catch(() => {
        if (live) setSvg(null);
      });
    return () => {
      live = false;
    };
  }, [payload]);
  if (!svg) return null;
  return <Image src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} w={180} h={180} data-testid="transfer-qr" data-payload={payload} />;
}
