/** What an evidence upload accepts (GET /v1/programme/evidence-limits): the service's own limits. */
export interface EvidenceLimits {
  maxBytes: number;
  mediaTypes: string[];
}

/** The file picker's `accept`: the media types and their usual extensions. */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};
export const acceptOf = (limits: EvidenceLimits) =>
  limits.mediaTypes.flatMap((type) => [type, ...(EXTENSIONS[type] ?? [])]).join(',');

/** A size for people: 10 MB, 512 KB, 900 bytes. */
export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language === 'mn' ? 'mn-MN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return format(bytes, 'B');
}

/**
 * Why a file would be refused, checked before sending it: larger than the limit, or not of an
 * accepted type (by the browser's type, else the name's extension). The service checks again,
 * by the content.
 */
export function evidenceProblem(file: { name: string; size: number; type: string }, limits: EvidenceLimits) {
  if (file.size > limits.maxBytes) return 'tooLarge' as const;
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  const typed = file.type
    ? limits.mediaTypes.includes(file.type)
    : limits.mediaTypes.some((type) => EXTENSIONS[type]?.includes(extension));
  return typed ? undefined : ('wrongType' as const);
}

/** The service's answer to an upload: its status and body (JSON when it sent JSON). */
export interface UploadAnswer {
  status: number;
  body: unknown;
}

/**
 * Sends `file` for `questionId` as multipart with XMLHttpRequest, whose upload reports progress
 * (fetch does not, without streams): `onProgress` gets 0–100.
 */
export function uploadEvidence(options: {
  url: string;
  token: string | undefined;
  language: string;
  questionId: string;
  file: File;
  onProgress: (percent: number) => void;
}): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', options.url);
    if (options.token) request.setRequestHeader('Authorization', `Bearer ${options.token}`);
    request.setRequestHeader('Accept-Language', options.language);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let body: unknown = request.responseText;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // Not JSON (a proxy's page): the text stands as the message.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error('network error'));
    const form = new FormData();
    form.append('questionId', options.questionId);
    form.append('file', options.file, options.file.name);
    request.send(form);
  });
}
