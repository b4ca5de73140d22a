import { Button } from '@mantine/core';
import { IconSpeakerphone, IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateActivityModal } from './charity-page';
import { CreateItemModal } from './communication-page';

/** "Log communication" and "Log a charity activity": what a collaborator took part in, from their start page. */
export function LogActivityButtons({ onLogged }: { onLogged?: () => void }) {
  const { t } = useTranslation('outreach');
  const [open, setOpen] = useState<'communication' | 'charity' | null>(null);
  return (
    <>
      <Button variant="light" size="sm" leftSection={<IconSpeakerphone size={16} aria-hidden />} onClick={() => setOpen('communication')} data-testid="log-communication">
        {t('log.communication')}
      </Button>
      <Button variant="light" size="sm" leftSection={<IconHeartHandshake size={16} aria-hidden />} onClick={() => setOpen('charity')} data-testid="log-charity">
        {t('log.charity')}
      </Button>
      <CreateItemModal opened={open === 'communication'} onClose={() => setOpen(null)} onLogged={onLogged} />
      <CreateActivityModal opened={open === 'charity'} onClose={() => setOpen(null)} onLogged={onLogged} />
    </>
  );
}
