import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SubmitButton } from './submit-button.tsx';
import { TextField } from './text-field.tsx';

describe('form controls', () => {
  it('ties an error to its input so it is seen and announced', () => {
    const html = renderToStaticMarkup(
      <TextField label="Số điện thoại" name="phone" defaultValue="0912" error="Số điện thoại chưa đúng." />,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/role="alert"[^>]*>Số điện thoại chưa đúng\./);
    const errorId = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(errorId).toBeDefined();
    expect(html).toContain(`id="${errorId}"`);
    expect(html).toContain('value="0912"');
  });

  it('keeps room for the error line when there is none, and does not mark the input invalid', () => {
    const html = renderToStaticMarkup(<TextField label="Mật khẩu" name="password" />);
    expect(html).not.toContain('aria-invalid');
    expect(html).toContain('class="ns-field__error"');
  });

  it('disables the button while sending', () => {
    const idle = renderToStaticMarkup(
      <SubmitButton pending={false} pendingLabel="Đang gửi…">
        Đăng nhập
      </SubmitButton>,
    );
    const busy = renderToStaticMarkup(
      <SubmitButton pending pendingLabel="Đang gửi…">
        Đăng nhập
      </SubmitButton>,
    );
    expect(idle).not.toContain('disabled');
    expect(busy).toContain('disabled');
    expect(busy).toContain('aria-busy="true"');
    expect(busy).toContain('Đang gửi…');
  });
});
