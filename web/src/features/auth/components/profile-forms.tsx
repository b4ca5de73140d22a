import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, NoticeBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useChangePassword } from '../api/change-password';
import type { Profile } from '../api/profile';
import { useUpdateProfile } from '../api/update-profile';
import { validateNewPassword } from '../utils/password-rules';

/** Name, phone number and language (the portal's and the e-mails'). */
export function ProfileForm({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const update = useUpdateProfile();
  const form = useForm({
    initialValues: { fullName: profile.fullName, phoneNumber: profile.phoneNumber ?? '', language: profile.language },
    validate: { fullName: (value) => (value.trim() ? null : t('profile.fullNameRequired')) },
  });

  return (
    <form
      noValidate
      aria-label={t('profile.title')}
      onSubmit={form.onSubmit((values) => {
        setBanner([]);
        update.mutate(
          { fullName: values.fullName.trim(), phoneNumber: values.phoneNumber.trim() || null, language: values.language },
          {
            onSuccess: (saved) => {
              setNotice(t('profile.saved'));
              if (saved.language !== i18n.language) void i18n.changeLanguage(saved.language);
            },
            onError: (error) => setBanner(applyProblemToForm(form, error)),
          },
        );
      })}
    >
      <Stack gap="sm" maw={480}>
        <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
        <ErrorBanner title={t('profile.failed')} messages={banner} />
        <TextInput label={t('email')} value={profile.email} readOnly />
        <TextInput label={t('profile.fullName')} required {...form.getInputProps('fullName')} />
        <TextInput label={t('profile.phoneNumber')} type="tel" {...form.getInputProps('phoneNumber')} />
        <Select
          label={t('profile.language')}
          allowDeselect={false}
          data={[
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ]}
          {...form.getInputProps('language')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('profile.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Changing one's password needs the current one; the other sessions end. */
export function ChangePasswordForm() {
  const { t } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('passwordRequired')),
      newPassword: validateNewPassword(t),
      confirm: (value, values) => (value === values.newPassword ? null : t('newPassword.mismatch')),
    },
  });

  return (
    <form
      noValidate
      aria-label={t('change.title')}
      onSubmit={form.onSubmit((values) => {
        setBanner([]);
        change.mutate(
          { currentPassword: values.currentPassword, newPassword: values.newPassword },
          {
            onSuccess: () => {
              form.reset();
              setNotice(t('change.done'));
            },
            onError: (error) => setBanner(applyProblemToForm(form, error)),
          },
        );
      })}
    >
      <Stack gap="sm" maw={480}>
        <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
        <ErrorBanner title={t('change.failed')} messages={banner} />
        <PasswordInput label={t('change.current')} autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput label={t('newPassword.new')} description={t('newPassword.hint')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordInput label={t('newPassword.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('change.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
