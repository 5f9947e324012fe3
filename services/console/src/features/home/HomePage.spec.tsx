import { screen } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { HomePage } from './HomePage';

describe('the overview page', () => {
  it('greets the caller and offers only the areas of their roles (English)', async () => {
    await renderPage(<HomePage />, {
      caller: { sub: 'demo-operations', name: 'Platform operations', roles: ['operations'] },
    });
    expect(await screen.findByRole('heading', { name: 'Welcome, Platform operations' })).toBeTruthy();
    expect(screen.getByText('Workflows')).toBeTruthy();
    expect(screen.getByText('Dead letters')).toBeTruthy();
    expect(screen.queryByText('Applications')).toBeNull();
    expect(screen.queryByText('KPI dashboard')).toBeNull();
  });

  it('speaks Mongolian and offers an MRA officer the mutual recognition areas', async () => {
    await renderPage(<HomePage />, {
      caller: { sub: 'demo-mra-officer', name: 'MRA officer', roles: ['mra-officer'] },
      language: 'mn',
    });
    expect(await screen.findByRole('heading', { name: 'Тавтай морил, MRA officer' })).toBeTruthy();
    expect(screen.getByText('Харилцан хүлээн зөвшөөрөлт')).toBeTruthy();
    expect(screen.queryByText('Өргөдлүүд')).toBeNull();
  });

  it('says so when no area is open to a staff role the console does not know yet', async () => {
    await renderPage(<HomePage />, {
      // A role the platform may add before the console has pages for it.
      caller: { sub: 'auditor-1', name: 'Auditor', roles: ['auditor' as never] },
      language: 'mn',
    });
    expect(await screen.findByText('Таны эрхэд нээлттэй хэсэг одоогоор алга.')).toBeTruthy();
  });

  it('tells a trader or a partner administration that the console is for customs staff', async () => {
    await renderPage(<HomePage />, { caller: { sub: 'demo-gacc', name: 'GACC', roles: ['partner-customs'] } });
    expect((await screen.findByTestId('not-staff')).textContent).toContain('This console is for customs staff');
  });
});
