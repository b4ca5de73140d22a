// @vitest-environment node
// The lint rule that keeps features apart must really fire: lint imaginary files that cross the lines.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('feature boundaries', () => {
  it('refuses a feature importing another feature', async () => {
    const messages = await restrictedImports(
      'src/features/auth/components/probe.ts',
      "import { useMe } from '@/features/kpis/api/whatever';\nexport const x = useMe;\n",
    );
    expect(messages.join()).toMatch(/Features never import each other/);
  });

  it('refuses leaving a feature by a relative path', async () => {
    const messages = await restrictedImports('src/features/auth/components/probe.ts', "import x from '../../kpis/api/whatever';\nexport const y = x;\n");
    expect(messages.join()).toMatch(/only through "@\/" imports/);
  });

  it('refuses shared code depending on a feature', async () => {
    const messages = await restrictedImports('src/lib/probe.ts', "import x from '@/features/auth/api/login';\nexport const y = x;\n");
    expect(messages.join()).toMatch(/must not depend on a feature/);
  });

  it('lets a feature import itself, shared code, and the app compose features', async () => {
    expect(await restrictedImports('src/features/auth/components/probe.ts', "import { useLogin } from '@/features/auth/api/login';\nimport { api } from '@/lib/api/client';\nexport const y = [useLogin, api];\n")).toEqual([]);
    expect(await restrictedImports('src/app/probe.ts', "import { useLogin } from '@/features/auth/api/login';\nexport const y = useLogin;\n")).toEqual([]);
  });
});
