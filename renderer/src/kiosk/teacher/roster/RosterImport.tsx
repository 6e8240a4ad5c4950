// A class roster saved from Excel ("CSV UTF-8"): read in the page, sent whole,
// and the server's report shown, each rejected row with its line and reason.
import { useState } from 'react';
import type { ImportReport } from '@hhc/common/protocol';
import { protocolLimits } from '@hhc/common/protocol';
import { useTeacher } from '../TeacherContext';
import { Card, Status } from '../ui';
import { useAction } from '../useRequest';

const MAX_CSV_BYTES = 512 * 1024;

export function RosterImport() {
  const { kiosk, schoolId, reloadChildren } = useTeacher();
  const { client, t } = kiosk;
  const action = useAction();
  const [report, setReport] = useState<ImportReport>();
  const [tooBig, setTooBig] = useState(false);

  const importFile = async (file: File | undefined) => {
    setReport(undefined);
    setTooBig(false);
    if (!file) return;
    if (file.size > Math.min(MAX_CSV_BYTES, protocolLimits.maxPayloadBytes)) {
      setTooBig(true);
      return;
    }
    const result = await action.run(async () =>
      client.request('roster:import', { schoolId, csv: await file.text() }),
    );
    if (!result) return;
    setReport(result);
    reloadChildren();
  };

  return (
    <Card title={t('teacher.import.title')} testId="roster-import">
      <p className="t-muted">{t('teacher.import.help')}</p>
      <p className="t-muted" data-testid="import-family-help">
        {t('teacher.family.importHelp')}
      </p>
      <input
        className="t-file"
        type="file"
        accept=".csv,text/csv"
        data-testid="roster-import-file"
        disabled={action.busy}
        onChange={(event) => {
          void importFile(event.target.files?.[0]);
          event.target.value = ''; // the same file can be chosen again after fixing it
        }}
      />
      {tooBig && <Status error={t('teacher.import.tooBig')} />}
      <Status action={action} />
      {report && (
        <div data-testid="import-report">
          <p className="t-status t-status--done">
            {t('teacher.import.result', {
              children: String(report.childrenCreated),
              guardians: String(report.guardiansCreated),
            })}
          </p>
          {report.rejected.length > 0 && (
            <>
              <p className="t-status t-status--warn">
                {t('teacher.import.rejected', { count: String(report.rejected.length) })}
              </p>
              <table className="t-table">
                <thead>
                  <tr>
                    <th>{t('teacher.import.line')}</th>
                    <th>{t('teacher.import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((row) => (
                    <tr key={row.line} data-testid="import-rejected">
                      <td>{row.line}</td>
                      <td>{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
