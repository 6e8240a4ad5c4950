// One report as a CSV file, named as the server names it (in Chinese, with the
// date), with the BOM that lets Excel read the Chinese.
import { csvBlob, safeFilename, saveBlob } from '../download';
import { useTeacher } from '../TeacherContext';
import { Button, Status } from '../ui';
import { useAction } from '../useRequest';

export function CsvButton(props: { report: 'monthly' | 'inactive' | 'missed-guardians'; month?: string }) {
  const { kiosk, schoolId } = useTeacher();
  const { client, t } = kiosk;
  const action = useAction();
  const download = async () => {
    const file = await action.run(() =>
      client.request('report:csv', {
        schoolId,
        report: props.report,
        ...(props.month ? { month: props.month } : {}),
      }),
    );
    if (file) saveBlob(csvBlob(file.csv), safeFilename(file.filename, '.csv'));
  };
  return (
    <span className="t-csv">
      <Button small testId={`csv-${props.report}`} disabled={action.busy} onClick={() => void download()}>
        {t('teacher.reports.csv')}
      </Button>
      <Status action={action} />
    </span>
  );
}
