import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { SignedInUser } from '../access/signed-in-user';
import { Notice, NoticeKind } from './notice.entity';

@Injectable()
export class NoticesService {
  public constructor(@InjectRepository(Notice) private readonly notices: Repository<Notice>) {}

  public async listOwn(user: SignedInUser, limit = 100): Promise<Notice[]> {
    return this.notices.find({ where: { userId: user.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  public async unreadOwn(user: SignedInUser, limit = 5): Promise<Notice[]> {
    return this.notices.find({ where: { userId: user.id, readAt: IsNull() }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /** Anonymisation: a person's notices name their courses and deadlines, so they go, in the caller's transaction. */
  public async deleteAllOf(userId: number, manager: EntityManager): Promise<void> {
    await manager.delete(Notice, { userId });
  }

  /** An in-app notice from another feature, inside its transaction; the key makes it once only. */
  public async notify(manager: EntityManager, notice: { userId: number; kind: NoticeKind; dedupeKey: string; title: string; body: string; link: string }): Promise<void> {
    await manager.getRepository(Notice).insert({ ...notice, title: notice.title.slice(0, 255), createdAt: new Date(), readAt: null, emailedAt: null });
  }

  public async markAllRead(user: SignedInUser): Promise<void> {
    await this.notices.update({ userId: user.id, readAt: IsNull() }, { readAt: new Date() });
  }
}
