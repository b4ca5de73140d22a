import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { QRPay } from 'vietnam-qr-pay';
import { TransferQr } from './transfer-qr';

// The payload the API builds for Vietcombank 0011002345678 (asserted byte for byte in the API's VietQrTests).
const serverPayload = '00020101021138570010A00000072701270006970436011300110023456780208QRIBFTTA53037045802VN63048F2F';

describe('TransferQr', () => {
  it('reads as a valid VietQR transfer to the account in an independent decoder (vietnam-qr-pay)', () => {
    const decoded = new QRPay(serverPayload);
    expect(decoded.isValid).toBe(true);
    expect(decoded.provider.guid).toBe('A000000727');
    expect(decoded.consumer.bankBin).toBe('970436');
    expect(decoded.consumer.bankNumber).toBe('0011002345678');
  });

  it('draws the server payload as an SVG QR image', async () => {
    render(<MantineProvider><TransferQr payload={serverPayload} label="Mã VietQR" /></MantineProvider>);
    const image = await screen.findByTestId('transfer-qr');
    expect(image).toHaveAttribute('alt', 'Mã VietQR');
    expect(image).toHaveAttribute('data-payload', serverPayload);
    expect(decodeURIComponent(image.getAttribute('src')!.split(',')[1]!)).toContain('<svg');
  });
});
